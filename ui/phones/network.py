"""Which address the phones reach the laptop on: the private IPv4 addresses of interfaces that are up.

Loopback and virtual interfaces (Docker, VirtualBox, VPNs) are left out: a phone on the
venue Wi-Fi cannot reach them. The laptop's own hotspot is recognised by the addresses
Windows (192.168.137.1), NetworkManager (10.42.0.1) and macOS (192.168.2.1 on bridge100)
give it, so the console can warn that it takes only a few phones.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

VIRTUAL_PREFIXES = ("docker", "veth", "br-", "virbr", "vmnet", "vboxnet", "vbox", "tun", "tap",
                    "zt", "tailscale", "utun", "wg", "lxc", "lxd", "podman", "cni", "flannel",
                    "vEthernet", "VirtualBox", "VMware", "Hyper-V")
HOTSPOT_ADDRESSES = {"192.168.137.1", "10.42.0.1", "192.168.2.1"}
HOTSPOT_NAMES = ("hotspot", "bridge100", "ap0", "wlan-ap")
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Address:
    """One address phones may reach the laptop on."""

    ip: str
    interface: str
    hotspot: bool

    def label(self) -> str:
        """How the address reads in the chooser."""
        return f"{self.ip} ({self.interface})"


def is_private_v4(ip: str) -> bool:
    """A private IPv4 address a LAN uses (not loopback, not link-local)."""
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return (addr.version == 4 and addr.is_private and not addr.is_loopback
            and not addr.is_link_local and not addr.is_unspecified)


def is_hotspot(ip: str, interface: str) -> bool:
    """True when the address looks like the laptop's own hotspot."""
    name = interface.lower()
    return ip in HOTSPOT_ADDRESSES or any(h in name for h in HOTSPOT_NAMES)


def candidates() -> list[Address]:
    """The addresses to offer, venue networks before the laptop's own hotspot."""
    found: list[Address] = []
    flags = QNetworkInterface.InterfaceFlag
    for iface in QNetworkInterface.allInterfaces():
        f = iface.flags()
        if not (f & flags.IsUp and f & flags.IsRunning) or f & flags.IsLoopBack:
            continue
        if iface.type() == QNetworkInterface.InterfaceType.Virtual:
            continue
        names = (iface.name(), iface.humanReadableName())
        if any(n.lower().startswith(p.lower()) for n in names for p in VIRTUAL_PREFIXES):
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = ip.toString()
            if is_private_v4(text):
                found.append(Address(text, iface.humanReadableName() or iface.name(),
                                     is_hotspot(text, iface.humanReadableName() or iface.name())))
    return sorted(dict.fromkeys(found), key=lambda a: (a.hotspot, a.interface, a.ip))
