/** The OpenAI-compatible chat completions API (Z.ai GLM), with retries and a circuit breaker. */
package com.showroomassistant.assistant.llm;
