package co.pactos.kit.web;

/** A GET names a resource that has not been recorded: answered as 404. */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String path) {
        super("nothing has been recorded at " + path);
    }
}
