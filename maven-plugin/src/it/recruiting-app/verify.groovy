// build.log holds the two invocations of invoker.properties in turn.
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
assert log.count('BUILD FAILURE') == 1 && log.count('BUILD SUCCESS') == 1

assert !log.contains('HHH') : 'Hibernate log lines leak into the build log'
true
