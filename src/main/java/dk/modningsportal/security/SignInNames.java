package dk.modningsportal.security;

/** Where the sign-in keeps the name typed in its last attempt, for the login page to show it again. */
public final class SignInNames {

    /** Session attribute: the name typed in the last sign-in attempt of this browser session. */
    public static final String LAST_TYPED_NAME = "portal.login.lastTypedName";

    private SignInNames() {
    }
}
