/** The activity feed of a workspace: who did what, when, written in the same transaction as the work. */
package dk.modningsportal.activity;
