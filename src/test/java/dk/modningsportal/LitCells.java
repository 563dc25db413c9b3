package dk.modningsportal;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.lang.reflect.Field;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Grid cells drawn in the browser from a template ({@link LitRenderer}): what a row's template is given, and its
 * functions called as the browser calls them (a check box changed, a theme chosen), by the names the template uses.
 * Karibu drives components in cells, not templates.
 */
public final class LitCells {

    private LitCells() {
    }

    /** The value a row's template receives as {@code item.<property>}. */
    public static <T> Object property(Grid<T> grid, int row, String columnKey, String property) {
        LitRenderer<T> renderer = renderer(grid, columnKey);
        return renderer.getValueProviders().get(property).apply(GridKt._get(grid, row));
    }

    /** Calls the template's function (as its event handler does in the browser) with these arguments. */
    public static <T> void call(Grid<T> grid, int row, String columnKey, String function, Object... args) {
        ArrayNode arguments = JsonNodeFactory.instance.arrayNode();
        for (Object arg : args) {
            switch (arg) {
                case Boolean b -> arguments.add(b);
                case String s -> arguments.add(s);
                default -> throw new IllegalArgumentException("Unsupported argument " + arg);
            }
        }
        SerializableBiConsumer<T, ArrayNode> handler = functions(renderer(grid, columnKey)).get(function);
        if (handler == null) {
            throw new AssertionError("No function " + function + " in column " + columnKey);
        }
        handler.accept(GridKt._get(grid, row), arguments);
    }

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        return (LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, SerializableBiConsumer<T, ArrayNode>> functions(LitRenderer<T> renderer) {
        try {
            Field field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            return (Map<String, SerializableBiConsumer<T, ArrayNode>>) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer's functions are no longer where this helper looks", e);
        }
    }
}
