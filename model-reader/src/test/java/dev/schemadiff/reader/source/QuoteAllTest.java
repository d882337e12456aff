package dev.schemadiff.reader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemadiff.reader.NamingMode;
import dev.schemadiff.schema.Column;
import dev.schemadiff.schema.SchemaModel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names {@code --quote-all} ({@code hibernate.globally_quoted_identifiers}) gives the quoting corpus:
 * kept as written, mixed case and reserved words included. Hibernate 7's snake-case strategy leaves a
 * quoted name alone, so under Spring naming only the implicit join table differs from JPA naming. That
 * Hibernate's create script gives the same names, and runs, is {@code CreateScriptOracleTest}'s part;
 * that the Hibernate reader agrees is {@link SourceParityTest}'s.
 */
class QuoteAllTest {

    @ParameterizedTest(name = "{0} naming, quote all: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            JPA    | true  | Group(Kind, id, Name, limit, OwnerId) Group_User(Group_id, members_id) Order(id, customerName, note, select, status, TotalAmount, version, user_id) OrderTags(Order_id, tags) Order_quantities(Order_id, quantities, quantities_ORDER) User(id, group, loginName, from, to, primaryEmail) | GroupIds Order_SEQ
            SPRING | true  | Group(Kind, id, Name, limit, OwnerId) Group_members(Group_id, members_id) Order(id, customerName, note, select, status, TotalAmount, version, user_id) OrderTags(Order_id, tags) Order_quantities(Order_id, quantities, quantities_ORDER) User(id, group, loginName, from, to, primaryEmail) | GroupIds Order_SEQ
            JPA    | false | group(kind, id, name, limit, ownerid) group_user(group_id, members_id) order(id, customername, note, select, status, totalamount, version, user_id) order_quantities(order_id, quantities, quantities_order) ordertags(order_id, tags) user(id, group, loginname, from, to, primaryemail) | groupids order_seq
            """)
    void namesKeepTheirCaseUnderQuoteAll(NamingMode naming, boolean quoteAll, String tables, String sequences) {
        SchemaModel model = new SourceModelReader().read(
                SourceReaderOptions.of(List.of(Corpora.QUOTED_CORPUS), naming).withQuoteAll(quoteAll)).model();

        assertEquals(tables, tableNames(model));
        assertEquals(sequences, model.normalized().sequences().stream()
                .map(sequence -> sequence.name().name()).collect(Collectors.joining(" ")));
    }

    /** Tables with their columns in order, as PostgreSQL stores the names. */
    private static String tableNames(SchemaModel model) {
        return model.normalized().tables().stream()
                .map(table -> table.name().name() + "("
                        + table.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(" "));
    }
}
