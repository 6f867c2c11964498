import HubAPI
import Inventory

extension Inventory.PeriodReport: WireRepresentable {
    var wire: HubAPI.PeriodReport {
        HubAPI.PeriodReport(
            period: period, firstDay: firstDay.text, lastDay: lastDay.text, services: services.wire, rides: rides, chores: chores,
            activities: activities, uniqueResidents: uniqueResidents, contributions: contributions.wire, autoClosedRides: autoClosedRides,
            deliveries: deliveries.wire, aids: aids.wire, van: van.wire, contact: contact.wire, closedAt: closedAt
        )
    }
}

extension ContactFigures: WireRepresentable {
    var wire: HubAPI.PeriodReport.ContactFigures {
        HubAPI.PeriodReport.ContactFigures(
            contactMoments: contactMoments, residentsSeen: residentsSeen, momentsPerResidentPerWeekHundredths: momentsPerResidentPerWeekHundredths,
            averageContactMinutesTenths: averageContactMinutesTenths, visitsWithoutDelivery: visitsWithoutDelivery,
            signals: signals.map { .init(category: $0.category.rawValue, opened: $0.opened, handedOver: $0.handedOver, closed: $0.closed) }
        )
    }
}

extension Inventory.PeriodReport.ServiceLine: WireRepresentable {
    var wire: HubAPI.PeriodReport.ServiceLine {
        HubAPI.PeriodReport.ServiceLine(
            code: code, name: name, kind: kind.wire, uses: uses, uniqueResidents: uniqueResidents, contributionCents: contributionCents
        )
    }
}

extension Inventory.PeriodReport.PaymentLine: WireRepresentable {
    var wire: HubAPI.PeriodReport.PaymentLine {
        HubAPI.PeriodReport.PaymentLine(payment: payment.wire, count: count, cents: cents)
    }
}

extension Inventory.PeriodReport.Deliveries: WireRepresentable {
    var wire: HubAPI.PeriodReport.Deliveries {
        HubAPI.PeriodReport.Deliveries(
            perSupplier: perSupplier.wire, contact: contact, letterbox: letterbox, neighbour: neighbour, returned: returned,
            notHomeRetries: notHomeRetries, contactSharePermille: contactSharePermille, uniqueAddresses: uniqueAddresses,
            uniqueResidents: uniqueResidents, overdueColdChain: overdueColdChain, stops: stops, bundledStops: bundledStops
        )
    }
}

extension Inventory.PeriodReport.Deliveries.SupplierLine: WireRepresentable {
    var wire: HubAPI.PeriodReport.Deliveries.SupplierLine {
        HubAPI.PeriodReport.Deliveries.SupplierLine(
            supplierId: supplierId, contact: contact, letterbox: letterbox, neighbour: neighbour, returned: returned
        )
    }
}

extension Inventory.PeriodReport.VanEstimate: WireRepresentable {
    var wire: HubAPI.PeriodReport.VanEstimate {
        HubAPI.PeriodReport.VanEstimate(
            vegroDays: vegroDays, kilometresPerDay: kilometresPerDay, gramsCo2PerKilometre: gramsCO2PerKilometre,
            kilometres: kilometres, kilogramsCo2: kilogramsCO2, formula: formula
        )
    }
}

extension Inventory.StockMonthFigures: WireRepresentable {
    var wire: HubAPI.StockMonthFigures {
        HubAPI.StockMonthFigures(
            month: month.description, lines: lines.wire, daysWithMovements: daysWithMovements,
            vanKilometresSaved: vanKilometresSaved, kilogramsCo2Saved: kilogramsCO2Saved
        )
    }
}

extension Inventory.StockMonthFigures.Line: WireRepresentable {
    var wire: HubAPI.StockMonthFigures.Line {
        HubAPI.StockMonthFigures.Line(
            articleId: articleId, articleNumber: articleNumber, articleName: articleName, received: received, issued: issued,
            returned: returned, writtenOff: writtenOff
        )
    }
}

extension Inventory.SupplierInvoice: WireRepresentable {
    var wire: HubAPI.SupplierInvoice {
        HubAPI.SupplierInvoice(
            supplierId: supplierId, supplierName: supplierName, month: month, rateCents: rateCents,
            lines: lines.map { HubAPI.SupplierInvoice.Line(day: $0.day.text, barcode: $0.barcode, outcome: $0.outcome.rawValue, postcode: $0.postcode) },
            totalCents: totalCents, closedAt: closedAt
        )
    }
}

extension Inventory.ResidentStatement: WireRepresentable {
    var wire: HubAPI.ResidentStatement {
        HubAPI.ResidentStatement(
            residentId: residentId, reference: reference, name: name, address: address.wire, month: month,
            lines: lines.map { HubAPI.ResidentStatement.Line(day: $0.day.text, service: $0.service, kind: $0.kind.wire, priceCents: $0.priceCents) },
            totalCents: totalCents
        )
    }
}

extension Inventory.DeliverySeries: WireRepresentable {
    var wire: HubAPI.DeliverySeries {
        HubAPI.DeliverySeries(
            months: months.map { HubAPI.DeliverySeries.Month(month: $0.month, perSupplier: $0.perSupplier, contact: $0.contact, delivered: $0.delivered) },
            suppliers: suppliers
        )
    }
}

extension Inventory.SupplierRate: WireRepresentable {
    var wire: HubAPI.SupplierRate {
        HubAPI.SupplierRate(supplierId: supplierId, supplierName: supplierName, rateCents: rateCents, source: source.rawValue, setAt: setAt, setBy: setBy)
    }
}

extension HubAPI.SupplierRateRequest: WireDecodable {}
