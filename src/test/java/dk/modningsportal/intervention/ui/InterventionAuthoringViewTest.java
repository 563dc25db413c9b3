package dk.modningsportal.intervention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.intervention.InterventionAuthoring;
import dk.modningsportal.intervention.InterventionCatalog;
import dk.modningsportal.intervention.VersionStatus;
import dk.modningsportal.project.ProjectAdministration;
import dk.modningsportal.project.ProjectParticipation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Version 1.0 of a new project's intervention is written in the portal, then put into trial. */
class InterventionAuthoringViewTest extends KaribuTest {

    @Autowired
    ProjectAdministration projects;
    @Autowired
    ProjectParticipation participation;
    @Autowired
    InterventionAuthoring authoring;
    @Autowired
    InterventionCatalog catalog;

    @Test
    void the_intervention_is_written_in_version_one_and_put_into_trial_for_the_teams() {
        loginAs(world.admin);
        long projectId = projects.create(new ProjectAdministration.ProjectInput("Projekt Fire", null,
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusMonths(12), null), Set.of(world.consultantP1.getId()));
        long workspaceId = participation.addOrganisation(projectId, world.orgB.getId(), null);

        openAs(world.consultantP1, "admin/projects/" + projectId + "/intervention");
        InterventionAuthoringView view = _get(InterventionAuthoringView.class);
        enter(view.name, "Tidlig opsporing");
        enter(view.purpose, "Flere familier får hjælp tidligt.");
        enter(view.targetGroup, "Familier med børn 0–6 år");
        _click(view.saveTexts);
        enter(view.elementName, "Fælles sprog");
        enter(view.elementText, "Fagpersoner bruger samme begreber.");
        _click(view.addElement);
        enter(view.elementName, "Opsporing");
        enter(view.elementText, "Sundhedsplejen spotter tidligt. Fx barn 150385-1234.");
        _click(view.addElement);
        assertThat(view.elementText.isInvalid()).as("a CPR number is refused").isTrue();
        enter(view.elementText, "Sundhedsplejen spotter tidligt.");
        _click(view.addElement);
        var written = authoring.authoring(projectId);
        assertThat(written.elements()).extracting(InterventionAuthoring.ElementText::name)
                .containsExactly("Fælles sprog", "Opsporing");
        authoring.moveElement(projectId, written.elements().get(1).id(), -1);
        assertThat(authoring.authoring(projectId).elements()).extracting(InterventionAuthoring.ElementText::name)
                .containsExactly("Opsporing", "Fælles sprog");

        loginAs(world.memberB);
        assertThat(catalog.currentVersion(workspaceId)).as("a draft is not the team's yet").isEmpty();
        loginAs(world.consultantP1);
        authoring.startTrial(projectId);
        assertThat(authoring.authoring(projectId).firstVersionStatus()).isEqualTo(VersionStatus.IN_TRIAL);
        assertThatThrownBy(() -> authoring.addElement(projectId, "Sent", "For sent")).isInstanceOf(ValidationFailedException.class);

        loginAs(world.memberB);
        assertThat(catalog.currentVersion(workspaceId)).hasValueSatisfying(v -> assertThat(v.label()).isEqualTo("1.0"));
        assertThat(catalog.currentCoreElements(workspaceId)).extracting(InterventionCatalog.CoreElementRef::name)
                .containsExactly("Opsporing", "Fælles sprog");
    }


    @Test
    void materials_come_with_version_one_and_are_checked_by_their_content() {
        loginAs(world.admin);
        long projectId = projects.create(new ProjectAdministration.ProjectInput("Projekt Fem", null,
                LocalDate.now(clock), LocalDate.now(clock).plusMonths(6), null), Set.of(world.consultantP1.getId()));
        authoring.saveTexts(projectId, 0, new InterventionAuthoring.Texts("Indsats Fem", "Formål", null, null));
        openAs(world.consultantP1, "admin/projects/" + projectId + "/intervention");
        InterventionAuthoringView view = _get(InterventionAuthoringView.class);
        com.github.mvysny.kaributesting.v10.UploadKt._upload(view.upload, "vejledning.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(authoring.materials(projectId)).extracting(m -> m.fileName()).containsExactly("vejledning.pdf");
        assertThatThrownBy(() -> authoring.addMaterial(projectId, "virus.pdf", new byte[] {'M', 'Z', 0, 1}))
                .isInstanceOf(ValidationFailedException.class);
    }
}
