package dk.modningsportal.note;

import dk.modningsportal.intervention.InterventionCatalog.Vocabulary;
import dk.modningsportal.trialaction.TrialActionQueries.TrialActionFacts;
import dk.modningsportal.trialaction.TrialActionService.TrialActionRef;

/** A stored note as the form edits it and as the list shows it. */
final class NoteMapping {

    private NoteMapping() {
    }

    static NoteInput toInput(ExperienceNote note, Vocabulary vocabulary, TrialActionRef linked, String authorName) {
        NoteInput input = new NoteInput();
        input.setId(note.getId());
        input.setVersion(note.getVersion());
        input.setWorkspaceId(note.getWorkspace().id());
        input.setSummary(note.getSummary());
        input.setDetails(note.getDetails());
        input.setKind(note.getKind());
        input.setSource(note.getSource());
        input.setCoreElement(vocabulary.element(note.getCoreElementId()));
        input.setInterventionVersion(vocabulary.version(note.getInterventionVersionId()));
        input.setTrialAction(linked);
        input.setAuthorName(authorName);
        return input;
    }

    static NoteRow row(ExperienceNote n, Vocabulary vocabulary, TrialActionFacts linked, String authorName) {
        return new NoteRow(n.getId(), n.getSummary(), n.getKind(), n.getSource(),
                vocabulary.elementName(n.getCoreElementId()), vocabulary.versionLabel(n.getInterventionVersionId()),
                linked == null ? null : linked.title(),
                authorName, n.getCreatedAt(), n.getSharing().isShared());
    }
}
