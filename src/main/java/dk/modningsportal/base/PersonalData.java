package dk.modningsportal.base;

import java.util.List;

/**
 * A capability's share of one person's own data (GDPR art. 15 and 20): what they wrote there. The
 * account capability gathers every contribution into the file a person downloads, so it need not know
 * the capabilities that hold the data.
 */
public interface PersonalData {

    /** A sheet of the download: a name, column headers and rows. */
    record Sheet(String name, List<String> headers, List<List<String>> rows) {

        /** A sheet from query rows, every value as text (empty for none). */
        public static Sheet of(String name, List<String> headers, java.util.stream.Stream<Object[]> rows) {
            return new Sheet(name, headers, rows.map(row -> java.util.Arrays.stream(row)
                    .map(value -> value == null ? "" : value.toString()).toList()).toList());
        }
    }

    List<Sheet> of(long userId);
}
