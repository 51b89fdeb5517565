package dev.grantry.persistence.testing;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.TransactionRequiredException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Resource-local transactions that behave like a container's JTA ones for the code under test: each transaction has
 * a persistence context of its own, transactions nest per thread (the innermost is current), and
 * {@link #entityManager()} is what the container would inject: it hands every call to the current
 * transaction's entity manager. Outside a transaction, as with a JTA entity manager, each read gets a persistence
 * context of its own and every write is refused with a {@link TransactionRequiredException}.
 */
final class Transactions {

    /** What an entity manager refuses to do outside a transaction (JPA 3.1 §7.9.1). */
    private static final Set<String> WRITES = Set.of("persist", "merge", "remove", "refresh", "flush", "lock");

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<EntityManager>> current = ThreadLocal.withInitial(ArrayDeque::new);
    /** The persistence contexts of reads outside a transaction: their queries may still run, so closed later. */
    private final ConcurrentLinkedQueue<EntityManager> outside = new ConcurrentLinkedQueue<>();

    private final EntityManager entityManager = (EntityManager) Proxy.newProxyInstance(
            Transactions.class.getClassLoader(), new Class<?>[] {EntityManager.class}, new ToCurrent());

    Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    EntityManager entityManager() {
        return entityManager;
    }

    /** Runs {@code work} in the current transaction, or in a new one. */
    <T> T required(Supplier<T> work) {
        return current.get().isEmpty() ? requiresNew(work) : work.get();
    }

    /** Runs {@code work} in the current transaction, which must exist (what {@code MANDATORY} asks). */
    <T> T mandatory(Supplier<T> work) {
        if (current.get().isEmpty()) {
            throw new TransactionRequiredException("No transaction is active");
        }
        return work.get();
    }

    /**
     * Runs {@code work} in a new transaction that commits, or rolls back when {@code work} throws, unless what it throws
     * is an application exception that keeps the transaction (EJB 4.0 §9.2.1, {@code @ApplicationException(rollback =
     * false)}), as the container does.
     */
    <T> T requiresNew(Supplier<T> work) {
        EntityManager manager = factory.createEntityManager();
        EntityTransaction transaction = manager.getTransaction();
        current.get().push(manager);
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (keepsTransaction(e)) {
                transaction.commit();
            }
            throw e;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            current.get().pop();
            manager.close();
        }
    }

    /** Runs {@code work} with no current transaction, the current one suspended until it returns. */
    <T> T notSupported(Supplier<T> work) {
        Deque<EntityManager> suspended = current.get();
        current.set(new ArrayDeque<>());
        try {
            return work.get();
        } finally {
            current.set(suspended);
        }
    }

    /** Whether the nearest {@code @ApplicationException} of the exception's class or its superclasses commits. */
    private static boolean keepsTransaction(RuntimeException e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            ApplicationException declared = type.getDeclaredAnnotation(ApplicationException.class);
            if (declared != null) {
                return !declared.rollback();
            }
        }
        return false;
    }

    /** Closes the persistence contexts that reads outside a transaction opened. */
    void closeOutside() {
        for (EntityManager manager = outside.poll(); manager != null; manager = outside.poll()) {
            manager.close();
        }
    }

    /** Hands a call to the current transaction's entity manager; outside one, a read to a new one. */
    private final class ToCurrent implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "the entity manager of the current transaction";
                };
            }
            EntityManager manager = current.get().peek();
            if (manager == null) {
                if (WRITES.contains(method.getName())) {
                    throw new TransactionRequiredException(method.getName() + " needs a transaction");
                }
                manager = factory.createEntityManager();
                outside.add(manager);
            }
            try {
                return method.invoke(manager, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
