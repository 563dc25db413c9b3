package dk.modningsportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and finds one-time links: 256 random bits in the link, their SHA-256 in the database, so a copy
 * of the database opens no account. A new link of a kind revokes the person's earlier open ones.
 */
@Component
class OneTimeLinks {

    static final String PATH = "account/set-password";

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(AccountTokenRepository tokens, Clock clock,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** A new link for the account; the absolute URL is returned once and never stored. */
    String issue(UserAccount account, TokenPurpose purpose) {
        revokeOpen(account, List.of(purpose));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new AccountToken(account, purpose, hash(token), clock.instant()));
        return baseUrl + PATH + "?token=" + token;
    }

    void revokeOpen(UserAccount account, List<TokenPurpose> purposes) {
        tokens.findOpen(account.getId(), purposes).forEach(t -> t.revoke(clock.instant()));
    }

    /** An invited person who signs in through single sign-on has accepted: their invitation links are used up. */
    void useOpenInvitations(UserAccount account, java.time.Instant now) {
        tokens.findOpen(account.getId(), List.of(TokenPurpose.INVITATION)).forEach(t -> t.use(now));
    }

    /** The token's record if it can still be used now. */
    Optional<AccountToken> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(token)).filter(t -> t.usableAt(clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
