package dk.modningsportal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.modningsportal.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import dk.modningsportal.KaribuTest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.organisation.OrganisationKind;
import dk.modningsportal.organisation.OrganisationService;
import dk.modningsportal.organisation.OrganisationService.OrganisationRow;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationsViewTest extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void administrator_creates_an_organisation_and_a_wrong_cvr_number_is_marked_in_the_form() {
        openAs(world.admin, "admin/organisations");
        OrganisationsView view = _get(OrganisationsView.class);
        _click(view.create);
        OrganisationsView.OrganisationDialog dialog = _get(OrganisationsView.OrganisationDialog.class);
        enter(dialog.name, "Silkeborg Kommune");
        enter(dialog.kind, OrganisationKind.MUNICIPALITY);
        enter(dialog.cvr, "12345678");
        _click(dialog.save);
        assertThat(dialog.cvr.isInvalid()).isTrue();
        assertThat(dialog.cvr.getErrorMessage()).isEqualTo("CVR-nummeret skal være 8 cifre og gyldigt.");

        enter(dialog.cvr, "29 18 98 46");
        enter(dialog.contact, "Familieafdelingen, 8970 1000");
        _click(dialog.save);
        enter(view.search, "Silkeborg");
        assertThat(rows(view)).singleElement().satisfies(row -> {
            assertThat(row.cvr()).isEqualTo("29189846");
            assertThat(row.active()).isTrue();
        });
    }

    @Test
    void the_same_name_twice_is_refused_and_a_deactivated_organisation_is_no_longer_offered() {
        openAs(world.admin, "admin/organisations");
        OrganisationsView view = _get(OrganisationsView.class);
        _click(view.create);
        OrganisationsView.OrganisationDialog dialog = _get(OrganisationsView.OrganisationDialog.class);
        enter(dialog.name, "kommune a");
        enter(dialog.kind, OrganisationKind.MUNICIPALITY);
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Der er allerede en organisation med det navn.");

        organisations.setActive(world.orgB.getId(), false);
        assertThat(organisations.active()).extracting(OrganisationService.OrganisationRef::name).doesNotContain("Kommune B");
    }

    @Test
    void only_administrators_keep_the_organisations() {
        assertThatThrownBy(() -> openAs(world.consultantP1, "admin/organisations")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create(new OrganisationService.OrganisationDetails("X", OrganisationKind.MUNICIPALITY,
                null, null))).isInstanceOf(AccessRefusedException.class);
    }

    private static List<OrganisationRow> rows(OrganisationsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
