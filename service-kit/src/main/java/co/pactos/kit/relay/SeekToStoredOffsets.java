package co.pactos.kit.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * For a consumer that keeps its positions in its own database, in the transaction of the rows it writes (so that rows
 * and positions cannot part): on assignment, each partition continues from the offset stored for it, or from the
 * beginning of the log when none is stored. Kafka's committed offsets are not used.
 */
public final class SeekToStoredOffsets implements ConsumerRebalanceListener {

    private final org.apache.kafka.clients.consumer.Consumer<?, ?> consumer;
    private final DataSource dataSource;
    private final String select;
    private final List<Object> key;
    private final String whose;
    private final Consumer<Collection<TopicPartition>> revoked;

    /**
     * @param select  a query of one column, the next offset to read, whose last two parameters are the topic and the
     *                partition, after those of {@code key}
     * @param key     the parameters before them (e.g. a projection's name and version); none for a consumer alone in its table
     * @param whose   what the positions are of, named when they cannot be read
     * @param revoked told of the partitions taken away
     */
    public SeekToStoredOffsets(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer, DataSource dataSource, String select,
                               List<Object> key, String whose, Consumer<Collection<TopicPartition>> revoked) {
        this.consumer = consumer;
        this.dataSource = dataSource;
        this.select = select;
        this.key = List.copyOf(key);
        this.whose = whose;
        this.revoked = revoked;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(select)) {
            for (int i = 0; i < key.size(); i++) {
                query.setObject(i + 1, key.get(i));
            }
            for (TopicPartition partition : partitions) {
                query.setString(key.size() + 1, partition.topic());
                query.setInt(key.size() + 2, partition.partition());
                try (var rs = query.executeQuery()) {
                    if (rs.next()) {
                        consumer.seek(partition, rs.getLong(1));
                    } else {
                        consumer.seekToBeginning(List.of(partition));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stored positions of " + whose, e);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        revoked.accept(partitions);
    }
}
