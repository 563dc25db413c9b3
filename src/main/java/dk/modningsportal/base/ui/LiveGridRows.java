package dk.modningsportal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A lazy grid's rows, kept current on a colleague's change with as little sent as possible. The pages the grid
 * fetched since it last started over are read again: rows whose content changed are refreshed one by one, the rest
 * are not sent again, and only a change of what the pages hold (a row added, gone or moved, another count) makes
 * the grid start over. {@code id}: what identifies a row across reads.
 */
public final class LiveGridRows<T> {

    /** The pages kept to read again: about what a tab shows (the grid drops rows out of view, and fetches again). */
    private static final int PAGES_KEPT = 4;

    private final Grid<T> grid;
    private final Function<T, Object> id;
    private Function<Query<T, Void>, List<T>> fetch;
    private ToIntFunction<Query<T, Void>> count;
    private final Map<Integer, Fetched<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Fetched<T>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private Query<T, Void> countQuery;
    private int lastCount = -1;

    private record Fetched<T>(Query<T, Void> query, List<T> rows) {
    }

    public LiveGridRows(Grid<T> grid, Function<T, Object> id) {
        this.grid = grid;
        this.id = id;
    }

    /** Shows what these callbacks read (a new filter): the grid starts over. */
    public void show(Function<Query<T, Void>, List<T>> fetch, ToIntFunction<Query<T, Void>> count) {
        this.fetch = fetch;
        this.count = count;
        pages.clear();
        lastCount = -1;
        grid.setItems(query -> {
            List<T> rows = List.copyOf(fetch.apply(query));
            pages.put(query.getOffset(), new Fetched<>(query, rows));
            return rows.stream();
        }, query -> {
            countQuery = query;
            lastCount = count.applyAsInt(query);
            return lastCount;
        }).setIdentifierProvider(id::apply);
    }

    /** Reads again what the grid shows and sends what changed: changed rows alone, or everything when rows moved. */
    public void refreshChanged() {
        if (fetch == null || countQuery == null || count.applyAsInt(countQuery) != lastCount) {
            startOver();
            return;
        }
        List<T> changed = new ArrayList<>();
        for (Fetched<T> page : List.copyOf(pages.values())) {
            List<T> now = fetch.apply(page.query());
            if (!ids(now).equals(ids(page.rows()))) {
                startOver();
                return;
            }
            for (int i = 0; i < now.size(); i++) {
                if (!Objects.equals(now.get(i), page.rows().get(i))) {
                    changed.add(now.get(i));
                }
            }
            pages.put(page.query().getOffset(), new Fetched<>(page.query(), List.copyOf(now)));
        }
        changed.forEach(row -> grid.getLazyDataView().refreshItem(row));
    }

    private void startOver() {
        pages.clear();
        grid.getDataProvider().refreshAll();
    }

    private List<Object> ids(List<T> rows) {
        return rows.stream().map(id).toList();
    }
}
