package dk.modningsportal.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.MaturationFixture;
import dk.modningsportal.PdfText;
import dk.modningsportal.PortalTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.note.NoteInput;
import dk.modningsportal.note.NoteKind;
import dk.modningsportal.note.NoteService;
import dk.modningsportal.trialaction.TrialActionInput;
import dk.modningsportal.trialaction.TrialActionService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team's presentation for the reflection meeting: a slide per trial action, in the team's language. */
class ReflectionPresentationTest extends PortalTest {

    private static final Locale DANISH = Locale.of("da", "DK");

    @Autowired
    ReflectionPresentation presentation;
    @Autowired
    TrialActionService trialActions;
    @Autowired
    NoteService notes;
    @Autowired
    MaturationFixture fixture;

    TrialActionInput evaluated;
    NoteInput note;

    @BeforeEach
    void aarhusTried() {
        evaluated = fixture.evaluatedTrialAction(this::loginAs, world.memberA, world.workspaceA, "Fælles morgenmøde",
                world.p1Cooperation);
        note = fixture.note(this::loginAs, world.memberA, world.workspaceA, "Forældrene kom, da vi flyttede mødet",
                NoteKind.WORKS_WELL, world.p1Cooperation);
    }

    private static List<String> slideTexts(byte[] pptx) throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            return show.getSlides().stream().map(ReflectionPresentationTest::text).toList();
        }
    }

    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void a_slide_per_trial_action_with_goal_what_we_did_what_happened_what_we_learned_and_the_decision() throws Exception {
        loginAs(world.memberA);
        byte[] pptx = presentation.pptx(world.workspaceA.getId(), List.of(evaluated.getId()), List.of(note.getId()), DANISH);
        List<String> slides = slideTexts(pptx);
        assertThat(slides).hasSize(3);
        assertThat(slides.get(0)).contains("Refleksionsmøde: Kommune A", "Projekt Et");
        assertThat(slides.get(1)).contains("Fælles morgenmøde", "Mål", "Mål for Fælles morgenmøde", "Hvad vi gjorde",
                "Hvad der skete", "Det gik", "Hvad vi lærte", "Læring fra Fælles morgenmøde", "Beslutning",
                "Fasthold – Fortsæt");
        assertThat(slides.get(2)).contains("Erfaringer vi tager med", "Virker godt: Forældrene kom, da vi flyttede mødet");

        assertThat(slideTexts(presentation.pptx(world.workspaceA.getId(), List.of(evaluated.getId()), List.of(),
                Locale.ENGLISH)).get(1)).contains("What we learned", "Keep");
        assertThat(PdfText.of(presentation.pdf(world.workspaceA.getId(), List.of(evaluated.getId()), List.of(), DANISH)))
                .contains("Fælles morgenmøde", "Hvad vi lærte", "Læring fra Fælles morgenmøde");
    }

    @Test
    void only_the_team_presents_its_own_items_and_sharing_them_is_a_step_of_its_own() {
        loginAs(world.memberA);
        assertThatThrownBy(() -> presentation.pptx(world.workspaceA.getId(), List.of(), List.of(), DANISH))
                .isInstanceOf(ValidationFailedException.class);
        presentation.pptx(world.workspaceA.getId(), List.of(evaluated.getId()), List.of(), DANISH);
        assertThat(trialActions.sharing(evaluated.getId()).shared()).as("downloading shares nothing").isFalse();
        presentation.shareAll(world.workspaceA.getId(), List.of(evaluated.getId()), List.of(note.getId()));
        assertThat(trialActions.sharing(evaluated.getId()).shared()).isTrue();
        assertThat(notes.sharing(note.getId()).shared()).isTrue();

        for (var someoneElse : List.of(world.memberB, world.consultantP1, world.leaderA)) {
            loginAs(someoneElse);
            assertThatThrownBy(() -> presentation.pptx(world.workspaceA.getId(), List.of(evaluated.getId()), List.of(),
                    DANISH)).as(someoneElse.getUsername()).isInstanceOf(AccessRefusedException.class);
        }
        loginAs(world.memberB);
        assertThatThrownBy(() -> presentation.pptx(world.workspaceB.getId(), List.of(evaluated.getId()), List.of(),
                DANISH)).as("another workspace's trial action").isInstanceOf(NotFoundException.class);
    }
}
