package dk.modningsportal.organisation;

/** The Danish CVR number's form: eight digits, not starting with 0, weights 2 7 6 5 4 3 2 1 summing to a multiple of 11. */
final class Cvr {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Cvr() {
    }

    /** The number without spaces, or null when it is not a valid CVR number. */
    static String normalise(String input) {
        String digits = input.replace(" ", "");
        if (!digits.matches("[1-9]\\d{7}")) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0 ? digits : null;
    }
}
