package dk.modningsportal.project.ui;

import org.springframework.modulith.NamedInterface;

/**
 * One tab of the workspace's band, contributed by the capability whose view it opens: the band links to each
 * section by the address its owner gives, without depending on it.
 */
@NamedInterface("ui")
public interface WorkspaceSection {

    WorkspaceHeader.Section section();

    String href(long workspaceId);
}
