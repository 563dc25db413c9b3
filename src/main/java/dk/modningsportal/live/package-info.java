/**
 * Live updates: what one person changes reaches the screens of everyone else who has the same
 * workspace or project open, in-process on one node and through PostgreSQL LISTEN/NOTIFY across nodes.
 */
package dk.modningsportal.live;
