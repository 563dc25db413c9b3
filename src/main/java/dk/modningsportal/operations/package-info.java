/**
 * Running the portal: jobs that run on one node of a cluster at a time (with their failures counted on the
 * health page), the outage notice while the database does not answer, module events handed out again when a
 * listener failed, the backup of the embedded database on the management port, and the check before the start
 * that this portal shares no search index folder or management port with another portal on the machine.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package dk.modningsportal.operations;
