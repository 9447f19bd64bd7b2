package co.pactos.events;

/** An event this reader cannot read: an unknown type, a revision it has no upcaster for, or JSON that does not fit. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
