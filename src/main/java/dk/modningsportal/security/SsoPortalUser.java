package dk.modningsportal.security;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through the organisation's identity provider: the portal's account, with the provider's token. */
final class SsoPortalUser extends PortalUser implements OidcUser {

    private final OidcUser provided;

    SsoPortalUser(PortalUser account, OidcUser provided) {
        super(account);
        this.provided = provided;
    }

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
