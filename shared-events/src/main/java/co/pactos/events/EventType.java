package co.pactos.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record in the contract. The name is the CloudEvents {@code type}; the revision
 * grows whenever the record's JSON form changes, so that readers can upcast old revisions.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String name();

    int revision();
}
