package dk.modningsportal.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Danish first, English as the alternative; texts live in i18n/messages*.properties. */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale DANISH = dk.modningsportal.base.Languages.DANISH;
    public static final Locale ENGLISH = dk.modningsportal.base.Languages.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    // No fallback to the JVM's default locale: Danish is the base bundle, English overrides it.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
        try {
            String pattern = ResourceBundle.getBundle("i18n/messages", effective, CONTROL).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException missing) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
    }
}
