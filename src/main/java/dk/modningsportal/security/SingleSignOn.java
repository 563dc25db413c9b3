package dk.modningsportal.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * Optional single sign-on with OpenID Connect beside the portal's own login, configured only by
 * environment variables: {@code PORTAL_OIDC_ISSUER} (e.g. a municipality's Entra ID tenant, or a MitID
 * Erhverv broker), {@code PORTAL_OIDC_CLIENT_ID}, {@code PORTAL_OIDC_CLIENT_SECRET}, and the button's text
 * {@code PORTAL_OIDC_LABEL}. Nobody is created by the identity provider: a person signing in this way must
 * already have been invited, and is matched by e-mail address.
 */
@Component
public class SingleSignOn {

    static final String REGISTRATION = "sso";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String label;
    private final String scopes;

    SingleSignOn(@Value("${portal.oidc.issuer:}") String issuer, @Value("${portal.oidc.client-id:}") String clientId,
            @Value("${portal.oidc.client-secret:}") String clientSecret, @Value("${portal.oidc.label:}") String label,
            @Value("${portal.oidc.scopes:openid,profile,email}") String scopes) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.label = label.strip();
        this.scopes = scopes;
    }

    public boolean enabled() {
        return !issuer.isEmpty() && !clientId.isEmpty();
    }

    /** The button's text on the login page, or empty for the default. */
    public Optional<String> label() {
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /** Where the login page's button leads. */
    public String startPath() {
        return "oauth2/authorization/" + REGISTRATION;
    }

    /** The provider's settings, read from its discovery document. */
    ClientRegistration registration() {
        return ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope(Arrays.stream(scopes.split(",")).map(String::strip).toList())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .userNameAttributeName("sub")
                .build();
    }
}
