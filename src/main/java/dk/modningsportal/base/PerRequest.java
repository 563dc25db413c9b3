package dk.modningsportal.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one request asks several times, asked once in it: each service a view calls checks the same workspace
 * again, a query each (3.5 % of the portal's CPU in the load test's profile). Outside a request (live refreshes,
 * jobs) it is asked each time. A change that can alter the answer forgets the request's answers ({@link #forget});
 * a failure (a refusal) is never remembered.
 */
public final class PerRequest {

    private static final String ATTRIBUTE = PerRequest.class.getName();

    private PerRequest() {
    }

    public static <T> T remember(String key, Supplier<T> answer) {
        Map<String, Object> known = known(true);
        if (known == null) {
            return answer.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) known.get(key);
        if (value == null) {
            value = answer.get();
            known.put(key, value);
        }
        return value;
    }

    /** Forgets what this request remembered: it has just changed something the answers depend on. */
    public static void forget() {
        Map<String, Object> known = known(false);
        if (known != null) {
            known.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> known(boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object known = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (known == null && create) {
            known = new HashMap<String, Object>();
            request.setAttribute(ATTRIBUTE, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Object>) known;
    }
}
