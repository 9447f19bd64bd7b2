package co.pactos.infra;

/** A PostgreSQL server that runs already, named by host, port and credentials; closing it leaves it running. */
public record ExistingPostgresServer(String host, int port, String user, String password) implements PostgresServer {

    @Override
    public void close() {
        // not ours to stop
    }
}
