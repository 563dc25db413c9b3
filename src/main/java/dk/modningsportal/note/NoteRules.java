package dk.modningsportal.note;

import static dk.modningsportal.note.NoteInput.*;

import dk.modningsportal.base.TextRules;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a note must hold to be saved: a summary, texts within their limits, a kind, a source and a version. */
final class NoteRules {

    private NoteRules() {
    }

    static void check(NoteInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        TextRules.check(errors, SUMMARY, input.getSummary(), true, ExperienceNote.SUMMARY_MAX);
        TextRules.check(errors, DETAILS, input.getDetails(), false, ExperienceNote.DETAILS_MAX);
        if (input.getKind() == null) {
            errors.put(KIND, TextRules.REQUIRED);
        }
        if (input.getSource() == null) {
            errors.put(SOURCE, TextRules.REQUIRED);
        }
        if (input.getInterventionVersion() == null) {
            errors.put(INTERVENTION_VERSION, TextRules.REQUIRED);
        }
        TextRules.throwIfAny(errors);
    }
}
