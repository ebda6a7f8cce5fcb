"""An aiosmtpd handler for tests (see smtp_sink.h).

Stores every message exactly as received (CRLF, no re-encoding) in a maildir, with X-MailFrom
and X-RcptTo lines in front that record the SMTP envelope. A test can make the server refuse
mail by writing one line to MAILDIR/reply, read again for every command:
    "RCPT 550 5.1.1 mailbox unavailable"  refuses each recipient
    "DATA 451 4.3.0 try again"            refuses each message after its text was sent
An empty or missing file means: accept.

Started by SmtpSink as
    /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_sink_handler.ReplyingMailbox MAILDIR
with this folder on PYTHONPATH.
"""

import mailbox
import os


class ReplyingMailbox:
    def __init__(self, mail_dir):
        self.mail_dir = mail_dir
        self.mailbox = mailbox.Maildir(mail_dir, create=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("ReplyingMailbox takes one argument: the maildir")
        return cls(args[0])

    def _reply_for(self, stage):
        try:
            with open(os.path.join(self.mail_dir, "reply"), encoding="utf-8") as f:
                line = f.read().strip()
        except FileNotFoundError:
            return None
        command, _, reply = line.partition(" ")
        return reply.strip() if command.upper() == stage and reply.strip() else None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self._reply_for("RCPT")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        reply = self._reply_for("DATA")
        if reply:
            return reply
        trace = "X-MailFrom: {}\r\nX-RcptTo: {}\r\n".format(
            envelope.mail_from, ", ".join(envelope.rcpt_tos))
        # Maildir.add writes to tmp/ and renames into new/: a reader never sees half a message.
        self.mailbox.add(trace.encode("utf-8", "surrogateescape") + envelope.original_content)
        return "250 OK"
