/**
 * The cross-organisation progress dashboard for consultants, leaders and evaluators: every figure
 * an aggregate query in the database, a constant number of queries however many organisations.
 */
package dk.modningsportal.dashboard;
