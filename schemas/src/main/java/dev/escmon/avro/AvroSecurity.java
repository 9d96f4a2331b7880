package dev.escmon.avro;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.2 refuses to instantiate classes it has not been told to trust, including our own
 * generated ones. This trusts exactly the classes generated from this module's schemas.
 */
public final class AvroSecurity {
    private static final String OWN_PACKAGE = "dev.escmon.avro.";
    private static volatile boolean installed;

    private AvroSecurity() {
    }

    /** Idempotent; call before the first decode (every serde here does). */
    public static synchronized void trustGeneratedClasses() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
                type -> type.getName().startsWith(OWN_PACKAGE)));
        installed = true;
    }
}
