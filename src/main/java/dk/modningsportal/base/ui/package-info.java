/**
 * The shared UI kit every capability's views build on: formats, form helpers, date pickers, charts,
 * download links, the conflict dialog, language and the layout's extension point. Offered to all
 * modules as the named interface {@code base::ui}.
 */
@NamedInterface("ui")
package dk.modningsportal.base.ui;

import org.springframework.modulith.NamedInterface;
