package dk.modningsportal.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.modningsportal.base.ConcurrentEditException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import dk.modningsportal.base.ui.UndoNotice;
import dk.modningsportal.comment.Comment;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.comment.CommentService.CommentRow;
import dk.modningsportal.comment.CommentService.Revision;
import dk.modningsportal.comment.CommentService;
import dk.modningsportal.comment.CommentTarget;
import dk.modningsportal.comment.MentionRefusedException;
import dk.modningsportal.live.ChangeBus;
import dk.modningsportal.live.ui.LiveRefresh;
import dk.modningsportal.security.UserDirectory.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments on a trial action or note: replies under the comment they answer, consultants' feedback
 * marked, edits shown with the earlier wording; a composer that can name people. Kept current through push.
 */
@org.springframework.modulith.NamedInterface("ui")
public class CommentThread extends Div {

    final TextArea text = new TextArea();
    final ComboBox<Reader> mention = new ComboBox<>();
    /** The people a half-typed "@na" could mean, offered under the text as one types. */
    final Div suggestions = new Div();
    private List<Reader> mentionable = List.of();
    final Button send = new Button();
    final Div comments = new Div();
    private final Span replyingTo = new Span();
    private final H3 heading = new H3();
    final Div composer = new Div();

    private final CommentService service;
    private final CommentTarget target;
    private Long replyToId;
    /** While someone edits a comment in place, a live refresh waits, so their text is not wiped away. */
    private boolean editing;
    private boolean refreshWaiting;

    public CommentThread(CommentService service, ChangeBus bus, CommentTarget target, long workspaceId) {
        this.service = service;
        this.target = target;
        addClassName("comment-thread");
        // Stable ids: the load test (load/) finds these components by them.
        text.setId("comment-text");
        send.setId("comment-send");
        comments.addClassName("comment-list");

        text.setLabel(getTranslation("comment.write"));
        Forms.limit(text, Comment.BODY_MAX);
        text.setHelperText(getTranslation("comment.mentionHelp"));
        text.setWidthFull();
        mention.setPlaceholder(getTranslation("comment.mention"));
        mention.setItemLabelGenerator(r -> r.displayName() + " (@" + r.username() + ")");
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name(e.getValue());
                mention.clear();
            }
        });
        // Typing "@" and a few letters offers the people who can read the item; picking one completes the name.
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(250);
        text.addValueChangeListener(e -> suggest());
        suggestions.addClassName("mention-suggestions");
        suggestions.getElement().setAttribute("role", "listbox");
        suggestions.getElement().setAttribute("aria-label", getTranslation("comment.mention"));
        suggestions.setVisible(false);
        send.setText(getTranslation("comment.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        Button cancelReply = new Button(getTranslation("action.cancel"), e -> replyTo(null, null));
        cancelReply.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        replyingTo.addClassName("portal-muted");
        Div replyLine = new Div(replyingTo, cancelReply);
        replyLine.setVisible(false);
        FlexLayout actions = new FlexLayout(mention, send);
        actions.addClassName("portal-buttons");
        composer.add(replyLine, text, suggestions, actions);
        composer.addClassName("comment-composer");

        add(heading, comments, composer);
        refresh();
        LiveRefresh.whileAttached(this, bus, change -> change.isWorkspace(workspaceId), () -> {
            if (editing) {
                refreshWaiting = true;
            } else {
                refresh();
            }
        });
    }

    /** The "@" word being typed at the end of the text, if any ("@" alone included). */
    static java.util.Optional<String> typedMention(String text) {
        java.util.regex.Matcher typed = TYPED_MENTION.matcher(text);
        return typed.find() ? java.util.Optional.of(typed.group(1)) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern TYPED_MENTION = java.util.regex.Pattern.compile("(?:^|\\s)@([\\p{L}\\d._-]*)$");

    private void suggest() {
        suggestions.removeAll();
        java.util.Optional<String> typed = typedMention(text.getValue());
        List<Reader> matching = typed.map(part -> mentionable.stream().filter(r -> matches(r, part)).limit(6).toList())
                .orElse(List.of());
        matching.forEach(reader -> {
            Button pick = new Button(reader.displayName() + " (@" + reader.username() + ")", e -> name(reader));
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            pick.getElement().setAttribute("role", "option");
            suggestions.add(pick);
        });
        suggestions.setVisible(!matching.isEmpty());
    }

    private static boolean matches(Reader reader, String part) {
        String wanted = part.toLowerCase(java.util.Locale.ROOT);
        return reader.username().toLowerCase(java.util.Locale.ROOT).startsWith(wanted)
                || java.util.Arrays.stream(reader.displayName().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .anyMatch(word -> word.startsWith(wanted));
    }

    /** Names the person: completes a half-typed "@..." at the end, or adds the name after what is written. */
    private void name(Reader reader) {
        String current = text.getValue();
        String completed = typedMention(current)
                .map(part -> current.substring(0, current.length() - part.length() - 1))
                .orElse(current.isEmpty() || current.endsWith(" ") ? current : current + " ");
        text.setValue(completed + "@" + reader.username() + " ");
        suggestions.removeAll();
        suggestions.setVisible(false);
        text.focus();
    }

    void refresh() {
        CommentService.Thread thread;
        try {
            thread = service.thread(target);
        } catch (AccessRefusedException gone) {
            // Withdrawn from the project or deleted while open here (a live refresh): say so, offer nothing.
            comments.removeAll();
            Paragraph unavailable = new Paragraph(getTranslation("comment.unavailable"));
            unavailable.addClassName("portal-muted");
            comments.add(unavailable);
            composer.setVisible(false);
            return;
        }
        heading.setText(getTranslation("comment.heading", thread.comments().stream().filter(c -> !c.deleted()).count()));
        composer.setVisible(thread.canComment());
        mentionable = thread.mentionable();
        mention.setItems(mentionable);
        comments.removeAll();
        if (thread.comments().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("comment.empty"));
            empty.addClassName("portal-muted");
            comments.add(empty);
        }
        // Replies sit under the comment that starts their conversation, oldest first.
        Map<Long, CommentRow> byId = new LinkedHashMap<>();
        thread.comments().forEach(c -> byId.put(c.id(), c));
        Map<Long, List<CommentRow>> replies = new LinkedHashMap<>();
        List<CommentRow> roots = new ArrayList<>();
        for (CommentRow c : thread.comments()) {
            Long root = rootOf(c, byId);
            if (root == null) {
                roots.add(c);
            } else {
                replies.computeIfAbsent(root, k -> new ArrayList<>()).add(c);
            }
        }
        for (CommentRow root : roots) {
            comments.add(card(root, thread.canComment(), false));
            replies.getOrDefault(root.id(), List.of()).forEach(r -> comments.add(card(r, thread.canComment(), true)));
        }
    }

    private static Long rootOf(CommentRow c, Map<Long, CommentRow> byId) {
        Long root = null;
        CommentRow at = c;
        while (at.replyToId() != null && byId.containsKey(at.replyToId())) {
            root = at.replyToId();
            at = byId.get(root);
        }
        return root;
    }

    private Component card(CommentRow c, boolean canComment, boolean reply) {
        Div card = new Div();
        card.addClassName("comment");
        if (reply) {
            card.addClassName("comment-reply");
        }
        if (c.feedback()) {
            card.addClassName("comment-feedback");
        }
        // On a shared item people of several organisations write: each says where they are from.
        Span author = new Span(c.authorOrganisation() == null ? c.authorName()
                : getTranslation("comment.authorOf", c.authorName(), c.authorOrganisation()));
        author.addClassName("comment-author");
        Div header = new Div(author);
        header.addClassName("comment-header");
        if (c.feedback()) {
            Span badge = new Span(getTranslation("comment.feedback"));
            badge.addClassNames("portal-badge", "feedback");
            header.add(badge);
        }
        Span when = new Span(Formats.dateTime(c.createdAt()));
        when.addClassName("portal-muted");
        header.add(when);
        card.add(header);
        if (c.deleted() || c.hidden()) {
            Paragraph gone = new Paragraph(getTranslation(c.hidden() ? "comment.hidden" : "comment.deleted"));
            gone.addClassNames("portal-muted", "comment-body");
            card.add(gone);
            return card;
        }
        Paragraph body = new Paragraph(c.body());
        body.addClassName("comment-body");
        card.add(body);
        if (c.editedAt() != null) {
            Div earlier = new Div();
            c.earlier().forEach(r -> earlier.add(revision(r)));
            Details edits = new Details(getTranslation("comment.edited", Formats.dateTime(c.editedAt())), earlier);
            edits.addClassName("comment-edits");
            card.add(edits);
        }
        FlexLayout actions = new FlexLayout();
        actions.addClassName("comment-actions");
        if (canComment) {
            actions.add(small(getTranslation("comment.reply"), () -> replyTo(c.id(), c.authorName())));
        }
        if (c.mine()) {
            actions.add(small(getTranslation("action.edit"), () -> editInPlace(card, body, c)));
            actions.add(small(getTranslation("action.delete"), () -> delete(c)));
        }
        if (c.canHide()) {
            actions.add(small(getTranslation("comment.hide"), () -> confirmHide(c)));
        }
        card.add(actions);
        return card;
    }

    private Component revision(Revision r) {
        Paragraph p = new Paragraph(getTranslation("comment.earlier", Formats.dateTime(r.writtenAt())) + " " + r.body());
        p.addClassName("portal-muted");
        return p;
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void replyTo(Long commentId, String authorName) {
        replyToId = commentId;
        replyingTo.getParent().ifPresent(line -> line.setVisible(commentId != null));
        replyingTo.setText(commentId == null ? "" : getTranslation("comment.replyingTo", authorName));
        if (commentId != null) {
            text.focus();
        }
    }

    void send() {
        text.setInvalid(false);
        try {
            service.add(target, replyToId, text.getValue());
            text.clear();
            replyTo(null, null);
            refresh();
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, Map.of(CommentService.BODY, text));
        } catch (MentionRefusedException refused) {
            showRefusal(text, refused);
        }
    }

    private void editInPlace(Div card, Paragraph body, CommentRow c) {
        editing = true;
        TextArea edit = new TextArea();
        edit.setValue(c.body());
        Forms.limit(edit, Comment.BODY_MAX);
        edit.setWidthFull();
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> doneEditing());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            edit.setInvalid(false);
            try {
                service.edit(c.id(), c.version(), edit.getValue());
                doneEditing();
            } catch (ValidationFailedException invalid) {
                Forms.showServiceErrors(invalid, Map.of(CommentService.BODY, edit));
            } catch (MentionRefusedException refused) {
                showRefusal(edit, refused);
            } catch (ConcurrentEditException conflict) {
                Forms.error(getTranslation("conflict.text", conflict.getChangedBy(),
                        Formats.dateTime(conflict.getChangedAt())));
            }
        });
        Div editor = new Div(edit, new FlexLayout(save, cancel));
        editor.addClassName("comment-editor");
        card.replace(body, editor);
    }

    private void doneEditing() {
        editing = false;
        refreshWaiting = false;
        refresh();
    }

    private void delete(CommentRow c) {
        try {
            service.delete(c.id(), c.version());
            offerUndo(c.id());
        } catch (ConcurrentEditException conflict) {
            Forms.error(getTranslation("conflict.text", conflict.getChangedBy(), Formats.dateTime(conflict.getChangedAt())));
        }
        refresh();
    }

    private void confirmHide(CommentRow c) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("comment.hideTitle"), getTranslation("comment.hideText", c.authorName()),
                getTranslation("comment.hide"), e -> {
                    service.hide(c.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void offerUndo(long commentId) {
        UndoNotice.show(getTranslation("comment.deletedToast"), getTranslation("note.undo"), () -> {
            try {
                service.restore(commentId);
                Forms.success(getTranslation("comment.restored"));
            } catch (ValidationFailedException expired) {
                Forms.error(getTranslation("comment.undoExpired"));
            }
            refresh();
        });
    }

    private void showRefusal(TextArea field, MentionRefusedException refused) {
        List<String> messages = new ArrayList<>();
        refused.getNames().forEach(name -> messages.add(getTranslation("comment.mentionRefused", name)));
        field.setErrorMessage(String.join(" ", messages));
        field.setInvalid(true);
    }

    /** The comments shown, as "author: text" lines (a feedback mark after the name), for tests. */
    List<String> shown() {
        return comments.getChildren().filter(card -> card.getElement().getClassList().contains("comment"))
                .map(card -> card.getElement().getChildren()
                        .filter(e -> e.getClassList().contains("comment-header")).findFirst()
                        .map(h -> h.getChild(0).getText() + (card.getElement().getClassList().contains("comment-feedback")
                                ? " [" + getTranslation("comment.feedback") + "]" : ""))
                        .orElse("?") + ": "
                        + card.getElement().getChildren().filter(e -> e.getClassList().contains("comment-body"))
                                .findFirst().map(e -> e.getText()).orElse(""))
                .toList();
    }
}
