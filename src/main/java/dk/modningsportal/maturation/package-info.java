/**
 * The maturation loop: consultants gather a trial round's notes and evaluated trial actions on a
 * workshop board, group them into themes, record decisions that fill the next version's draft, and
 * publish it; each workspace then sees what changed and why.
 */
package dk.modningsportal.maturation;
