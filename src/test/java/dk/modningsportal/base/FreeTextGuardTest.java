package dk.modningsportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.modningsportal.PortalTest;
import dk.modningsportal.intervention.MaterialService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** No stored text of any entity takes a CPR number, in any of the ways one was seen to slip through. */
class FreeTextGuardTest extends PortalTest {

    @Autowired
    EntityManagerFactory entityManagers;
    @Autowired
    MaterialService materials;

    @Test
    void every_text_of_every_entity_refuses_every_way_of_writing_a_cpr_number() throws Exception {
        FreeTextGuard guard = new FreeTextGuard();
        List<String> checked = new ArrayList<>();
        for (EntityType<?> entity : entityManagers.getMetamodel().getEntities()) {
            Constructor<?> constructor = entity.getJavaType().getDeclaredConstructor();
            constructor.setAccessible(true);
            for (Field text : FreeTextGuard.textsOf(entity.getJavaType())) {
                for (String cpr : CprGuardTest.WRITTEN_AS) {
                    Object instance = constructor.newInstance();
                    text.set(instance, "Om borgeren " + cpr);
                    assertThatThrownBy(() -> guard.refuseCprNumbers(instance))
                            .as(entity.getName() + "." + text.getName() + " with " + cpr)
                            .isInstanceOf(ValidationFailedException.class)
                            .satisfies(e -> assertThat(((ValidationFailedException) e).getFieldMessageKeys())
                                    .containsEntry(text.getName(), TextRules.CPR));
                }
                checked.add(entity.getName() + "." + text.getName());
            }
        }
        assertThat(checked).contains("ExperienceNote.summary", "TrialAction.goal", "Comment.body", "AgendaItem.title",
                "AgendaItem.minutesText", "WorkshopTheme.summary", "SelfEvaluation.barriers", "Material.fileName",
                "Organisation.contact", "UserAccount.displayName").doesNotContain("UserAccount.passwordHash",
                "AccountToken.tokenHash");
    }

    @Test
    void a_file_name_with_a_cpr_number_is_not_stored() {
        loginAs(world.consultantP1);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        assertThatThrownBy(() -> {
            materials.upload(world.workspaceA.getId(), world.p1v2.getId(), "journal 15.03.85-1234.pdf", pdf);
            world.em.flush();
        }).isInstanceOf(ValidationFailedException.class);
    }
}
