/** Real-looking Danish demo content, loaded on the first start of an empty embedded database. */
package dk.modningsportal.demo;
