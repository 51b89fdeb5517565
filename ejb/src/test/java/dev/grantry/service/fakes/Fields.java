package dev.grantry.service.fakes;

import java.lang.reflect.Field;

/** Sets what JPA and bulk updates would set on an entity: ids and revocation times. */
public final class Fields {

    private Fields() {
    }

    public static <T> T set(T target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
