package org.limber.storage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once on SQLite and once on PostgreSQL, so that no store works on one
 * only. The class takes the back end as {@code @Parameter Backend backend;} and opens its database with
 * {@link Backend#open}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
public @interface BothBackends {
}
