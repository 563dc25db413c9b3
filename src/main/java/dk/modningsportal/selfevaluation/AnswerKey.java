package dk.modningsportal.selfevaluation;

/**
 * Which answer of a self-evaluation form is meant: a text, or a core element's status or explanation. (The quarter's
 * hours are not answered here: they are the evaluation's time sheets, shown in the form.)
 */
public sealed interface AnswerKey {

    /** The form's free-text answers. */
    enum Text implements AnswerKey {
        DRIVERS, BARRIERS, REFLECTIONS;

        @Override
        public String fieldName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How far a core element has come. */
    record Status(long coreElementId) implements AnswerKey {

        @Override
        public String fieldName() {
            return "status:" + coreElementId;
        }
    }

    /** Why a core element is where it is. */
    record Explanation(long coreElementId) implements AnswerKey {

        @Override
        public String fieldName() {
            return "explanation:" + coreElementId;
        }
    }

    /** The name a form field and its error message go by. */
    String fieldName();
}
