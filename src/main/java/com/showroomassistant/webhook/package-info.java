/** The gateway's inbound webhook: authentication, both payload formats, and the contract's responses. */
package com.showroomassistant.webhook;
