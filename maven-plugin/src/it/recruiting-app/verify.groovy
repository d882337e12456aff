// build.log holds the five invocations of invoker.properties in turn.
def log = new File(basedir, 'build.log').text
def expect = { String what -> assert log.contains(what) : "build.log lacks <" + what + ">" }

// 1: mvn schemadiff:plan -Dschemadiff.failOnChanges=true, with the naming found in application.properties
expect('schemadiff: naming spring with physical strategy org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl (from src/main/resources/application.properties)')
expect('[INFO] CREATE TABLE IF NOT EXISTS public.jobapplication (')
expect('[INFO] ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS expectedwage character varying(120);')
expect('the database is not in step with the entities (changes pending); review the plan above, then run schemadiff:apply')
// 2: mvn schemadiff:apply, with the fill from the plugin configuration
expect("[INFO] + add column public.candidate.fullname character varying(255) not null (existing rows filled with 'unknown')")
expect('[INFO] applied 5 changes (7 statements)')
// 3: mvn compile schemadiff:check, the default migrations src/main/resources/db/migration replayed
def disagreement = '- Candidate.expectedWage → candidate.expectedwage: no migration creates it (character varying(120))'
expect('[INFO] The Flyway migrations (1 migration replayed) disagree with the entities (2 tables): 1 disagreement')
expect('[INFO] ' + disagreement)
expect('the migrations disagree with the entities; add a migration for what they lack, or let'
        + ' -Dschemadiff.writeMigration=src/main/resources/db/migration write it:' + System.lineSeparator() + disagreement)
// 4: mvn schemadiff:status on the throwaway database drifted.sql made
expect('[INFO] migrations: 1 pending')
expect('[INFO] state: UNTRACKED: tables exist but no migration is recorded: run schemadiff recover')
expect('[WARNING] the database needs recovering before its migrations can run: run schemadiff:recover (first with -Dschemadiff.dryRun)')
// 5: mvn schemadiff:review between two folders, by the naming mode of application.properties alone
expect('[WARNING] schemadiff review predicts names by the spring rules alone; the physical strategy and global quoting are not applied')
expect('[INFO]     ! error not-null-without-default full_name: a NOT NULL column without a default cannot be added to a table that has rows')
expect('the schema change has a hazard of level error (see the review above); make the change the safer way it names, or allow its code with <allowHazards>')
assert log.count('BUILD FAILURE') == 3 && log.count('BUILD SUCCESS') == 2

assert !log.contains('HHH') : 'Hibernate log lines leak into the build log'
assert !log.contains('org.flywaydb') : 'Flyway log lines leak into the build log'
true
