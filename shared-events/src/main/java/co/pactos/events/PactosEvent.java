package co.pactos.events;

/**
 * An event of the Pactos contract. Every event says which aggregate it belongs to and the valid
 * time it is about; who recorded it, when and from which system travels beside it as metadata
 * (see {@link CloudEventAttributes}).
 */
public interface PactosEvent {

    /** The id of the aggregate that recorded the event; it is also the Kafka key. */
    String aggregateId();

    /** The date or period the fact is about (not when it was recorded). */
    ValidTime validTime();
}
