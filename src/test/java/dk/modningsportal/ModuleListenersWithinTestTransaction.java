package dk.modningsportal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.test.util.AopTestUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Service and UI tests run in a transaction that is rolled back, so no commit ever hands a module event to its
 * {@code @ApplicationModuleListener}s. In those tests ({@link PortalTest}) each such listener is called at once,
 * inside the test's transaction, with the published event: the feed, notifications and whatever a module comes
 * to do after another's commit are there to assert on. Tests that commit go the real way
 * ({@link ModuleEvents#awaitDone}).
 */
@Component
@ConditionalOnProperty("portal.test.rolled-back")
public class ModuleListenersWithinTestTransaction implements SmartInitializingSingleton {

    private record Listener(Object target, Method method) {
    }

    private final ApplicationContext context;
    private final Map<Class<?>, List<Listener>> byEvent = new ConcurrentHashMap<>();

    ModuleListenersWithinTestTransaction(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getPackageName().startsWith("dk.modningsportal")) {
                continue;
            }
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, ApplicationModuleListener.class)
                        && method.getParameterCount() == 1) {
                    ReflectionUtils.makeAccessible(method);
                    byEvent.computeIfAbsent(method.getParameterTypes()[0], t -> new ArrayList<>())
                            .add(new Listener(AopTestUtils.getUltimateTargetObject(context.getBean(name)), method));
                }
            });
        }
    }

    @EventListener
    void handOn(PayloadApplicationEvent<?> published) {
        Object event = published.getPayload();
        for (Listener listener : byEvent.getOrDefault(event.getClass(), List.of())) {
            ReflectionUtils.invokeMethod(listener.method(), listener.target(), event);
        }
    }
}
