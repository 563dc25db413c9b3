package dk.modningsportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a lazy grid is told when a colleague's change is read again: the changed rows, nothing, or everything. */
class LiveGridRowsTest {

    record Row(long id, String text) {
    }

    private final List<Row> stored = new ArrayList<>(List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c")));
    private final AtomicInteger fetches = new AtomicInteger();
    private final List<DataChangeEvent<Row>> told = new ArrayList<>();
    private Grid<Row> grid;
    private LiveGridRows<Row> rows;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        grid = new Grid<>();
        grid.addColumn(Row::text);
        UI.getCurrent().add(grid);
        rows = new LiveGridRows<>(grid, Row::id);
        rows.show(query -> {
            fetches.incrementAndGet();
            return List.copyOf(stored.subList(Math.min(query.getOffset(), stored.size()),
                    Math.min(query.getOffset() + query.getLimit(), stored.size())));
        }, query -> stored.size());
        grid.getDataCommunicator().setViewportRange(0, 50);
        MockVaadin.clientRoundtrip(false);
        grid.getDataProvider().addDataProviderListener(told::add);
        assertThat(fetches).as("the grid read its first page").hasValue(1);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void a_changed_row_is_refreshed_alone() {
        stored.set(1, new Row(2, "b, rewritten"));
        rows.refreshChanged();
        assertThat(told).hasSize(1).first().isInstanceOf(DataChangeEvent.DataRefreshEvent.class)
                .extracting(e -> ((DataChangeEvent.DataRefreshEvent<Row>) e).getItem()).isEqualTo(new Row(2, "b, rewritten"));
    }

    @Test
    void nothing_changed_tells_the_grid_nothing() {
        rows.refreshChanged();
        assertThat(told).isEmpty();
        assertThat(fetches).as("read again once").hasValue(2);
    }

    @Test
    void a_row_added_or_moved_starts_the_grid_over() {
        stored.add(0, new Row(4, "d"));
        rows.refreshChanged();
        assertThat(told).hasSize(1).first().isNotInstanceOf(DataChangeEvent.DataRefreshEvent.class);

        told.clear();
        MockVaadin.clientRoundtrip(false);
        stored.set(0, stored.get(1));
        stored.set(1, new Row(4, "d"));
        rows.refreshChanged();
        assertThat(told).as("same count, another order").hasSize(1).first()
                .isNotInstanceOf(DataChangeEvent.DataRefreshEvent.class);
    }

    @Test
    void a_colleagues_change_to_one_of_fifty_rows_sends_one_row_where_starting_over_sent_fifty() {
        for (int i = 4; i <= 60; i++) {
            stored.add(new Row(i, "row " + i));
        }
        AtomicInteger sent = new AtomicInteger();
        grid.addColumn(row -> sent.incrementAndGet());
        rows.refreshChanged();
        MockVaadin.clientRoundtrip(false);

        sent.set(0);
        grid.getDataProvider().refreshAll();
        MockVaadin.clientRoundtrip(false);
        int startingOver = sent.getAndSet(0);
        stored.set(1, new Row(2, "b, rewritten"));
        rows.refreshChanged();
        MockVaadin.clientRoundtrip(false);
        int changedOnly = sent.get();
        System.out.printf("rows sent for a colleague's change of one row: %d starting over, %d now (ratio %.2f)%n",
                startingOver, changedOnly, changedOnly / (double) startingOver);
        assertThat(startingOver).isGreaterThanOrEqualTo(50);
        assertThat(changedOnly).isEqualTo(1);
    }
}
