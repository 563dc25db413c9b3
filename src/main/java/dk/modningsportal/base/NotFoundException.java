package dk.modningsportal.base;

/** Nothing with that id exists (or it is not visible to the user, which reads the same). */
public class NotFoundException extends AccessRefusedException {

    public NotFoundException(String messageKey, String logDetail) {
        super(messageKey, logDetail);
    }
}
