/**
 * Trial actions (prøvehandlinger): small local experiments planned, done, observed and decided on
 * by an implementation team, with the adaptations they lead to recorded after FRAME.
 */
package dk.modningsportal.trialaction;
