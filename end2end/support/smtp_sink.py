"""A real SMTP server on loopback for the tests (aiosmtpd), writing each accepted message as a
file into a folder.

Recipients steer failures, so tests can exercise the error paths of a real SMTP dialogue:
  permanent-failure@…  -> 550 (the sender must not retry)
  temporary-failure@…  -> 451 (the sender should retry later)

Usage: python3 smtp_sink.py --port PORT --folder FOLDER
Prints "ready" on stdout once it accepts connections; stops on SIGTERM or SIGINT.
"""

import argparse
import os
import signal
import threading
import time

from aiosmtpd.controller import Controller


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("permanent-failure@"):
            return "550 5.1.1 No such mailbox here"
        if address.startswith("temporary-failure@"):
            return "451 4.3.0 Please try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{os.getpid()}.eml"
        partial = os.path.join(self.folder, name + ".partial")
        with open(partial, "wb") as file:
            file.write(envelope.original_content or envelope.content)
        os.rename(partial, os.path.join(self.folder, name))
        return "250 2.0.0 Message accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()

    controller = Controller(FolderHandler(args.folder), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("ready", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
