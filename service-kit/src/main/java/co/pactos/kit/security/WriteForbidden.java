package co.pactos.kit.security;

/** A write the caller's token does not allow: answered 403, naming what the token may write; nothing is recorded. */
public class WriteForbidden extends RuntimeException {

    private final Identity identity;

    public WriteForbidden(Identity identity, String write) {
        super(identity.mayWrite() + "; this request " + write + ".");
        this.identity = identity;
    }

    public Identity identity() {
        return identity;
    }
}
