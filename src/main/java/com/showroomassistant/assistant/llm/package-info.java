/** The OpenAI-compatible chat completions API (Z.ai GLM), with retries and a circuit breaker. */
@org.springframework.modulith.NamedInterface("llm")
package com.showroomassistant.assistant.llm;
