package dk.modningsportal.export;

/**
 * What people wrote, made safe for a spreadsheet (OWASP CSV injection): a cell beginning with = + - @ or a
 * tab or carriage return would be run as a formula by Excel, so it is prefixed with an apostrophe and stays text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
