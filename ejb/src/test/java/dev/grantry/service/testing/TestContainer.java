package dev.grantry.service.testing;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * The real beans of the ejb module, wired as CDI and the EJB container wire them, over a {@link GrantryDatabase}:
 * one instance per bean class, {@code @Inject} and {@code @Resource} fields filled by type, {@code @PostConstruct}
 * called, and each repository interface {@code XRepository} served by its {@code JpaXRepository}. The clock and the
 * settings, which producers make on a server, are the test's; what a test registers with {@link #with} (a data
 * source, a faster password hasher) is injected instead of a bean.
 *
 * <p>A {@link Stateless} bean is handed out, and injected, as its client view: every public method runs in the
 * transaction its {@link TransactionAttribute} asks for ({@code REQUIRED} by default, {@code REQUIRES_NEW} or {@code MANDATORY}), and any
 * exception rolls it back (every exception of Grantry's rolls back). Calls a bean makes on itself stay in its
 * transaction, as in the container. Unlike the container, an unforeseen exception is not wrapped in an
 * {@code EJBException}.
 */
public final class TestContainer {

    /** Client view classes by bean class, made once per test run. */
    private static final Map<Class<?>, Class<?>> CLIENT_VIEWS = new ConcurrentHashMap<>();

    private static final String HANDLER = "handler";

    private final GrantryDatabase db;
    private final Map<Class<?>, Object> beans = new HashMap<>();
    private final Set<Class<?>> underConstruction = new HashSet<>();

    public TestContainer(GrantryDatabase db, Clock clock, GrantrySettings settings) {
        this.db = db;
        beans.put(Clock.class, clock);
        beans.put(GrantrySettings.class, settings);
    }

    /** Injects {@code instance} wherever a {@code type} is injected; register before the first {@link #get}. */
    public <T> TestContainer with(Class<T> type, T instance) {
        if (beans.putIfAbsent(type, instance) != null) {
            throw new IllegalStateException(type.getName() + " is already in use");
        }
        return this;
    }

    /** The bean of {@code type} as its clients see it, made and wired on first use. */
    public <T> T get(Class<T> type) {
        Object bean = beans.get(type);
        if (bean == null) {
            if (!underConstruction.add(type)) {
                throw new IllegalStateException("Circular injection through " + type.getName());
            }
            try {
                bean = create(type);
            } finally {
                underConstruction.remove(type);
            }
            beans.put(type, bean);
        }
        return type.cast(bean);
    }

    private Object create(Class<?> type) {
        if (type.isInterface()) {
            return db.inject(instantiate(implementationOf(type)));
        }
        Object bean = instantiate(type);
        injectFields(bean);
        postConstruct(bean);
        return type.isAnnotationPresent(Stateless.class) ? clientView(type, bean) : bean;
    }

    /** {@code JpaXRepository} for a repository interface {@code XRepository}. */
    private static Class<?> implementationOf(Class<?> type) {
        try {
            return Class.forName(type.getPackageName() + ".Jpa" + type.getSimpleName());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Register an implementation of " + type.getName(), e);
        }
    }

    private void injectFields(Object bean) {
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(Resource.class)) {
                    set(field, bean, get(field.getType()));
                }
            }
        }
    }

    private static void postConstruct(Object bean) {
        for (Method method : bean.getClass().getDeclaredMethods()) {
            if (method.isAnnotationPresent(PostConstruct.class)) {
                invoke(method, bean);
            }
        }
    }

    /** A subclass of the bean's class whose public methods run the bean's in its transaction. */
    private Object clientView(Class<?> type, Object bean) {
        Object view = instantiate(CLIENT_VIEWS.computeIfAbsent(type, TestContainer::clientViewClass));
        InvocationHandler handler = (proxy, method, arguments) ->
                inTransaction(attribute(type, method), () -> invoke(method, bean, arguments));
        try {
            set(view.getClass().getField(HANDLER), view, handler);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        return view;
    }

    private static Class<?> clientViewClass(Class<?> type) {
        try {
            return new ByteBuddy()
                    .subclass(type)
                    .defineField(HANDLER, InvocationHandler.class, Visibility.PUBLIC)
                    .method(ElementMatchers.isPublic()
                            .and(ElementMatchers.not(ElementMatchers.isStatic()))
                            .and(ElementMatchers.isDeclaredBy(type)))
                    .intercept(InvocationHandlerAdapter.toField(HANDLER))
                    .make()
                    .load(
                            type.getClassLoader(),
                            ClassLoadingStrategy.UsingLookup.of(
                                    MethodHandles.privateLookupIn(type, MethodHandles.lookup())))
                    .getLoaded();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TransactionAttributeType attribute(Class<?> type, Method method) {
        TransactionAttribute attribute = method.getAnnotation(TransactionAttribute.class);
        if (attribute == null) {
            attribute = type.getAnnotation(TransactionAttribute.class);
        }
        return attribute == null ? TransactionAttributeType.REQUIRED : attribute.value();
    }

    private Object inTransaction(TransactionAttributeType attribute, Supplier<Object> work) {
        return switch (attribute) {
            case REQUIRED -> db.inTransaction(work);
            case REQUIRES_NEW -> db.inNewTransaction(work);
            case MANDATORY -> db.inCurrentTransaction(work);
            case NOT_SUPPORTED -> db.outsideTransaction(work);
            default -> throw new UnsupportedOperationException("The test container knows no " + attribute);
        };
    }

    private static Object instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName(), e);
        }
    }

    /** Calls {@code method}, rethrowing what it throws as it is. */
    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object target, Object value) {
        if (Modifier.isStatic(field.getModifiers())) {
            throw new IllegalStateException("Static injection: " + field);
        }
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
