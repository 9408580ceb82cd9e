/** Customer answers: business hours, prompt building, the LLM or offline templates, and the reply guard. */
package com.showroomassistant.assistant;
